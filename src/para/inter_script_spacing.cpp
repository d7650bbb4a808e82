#include "para/inter_script_spacing.hpp"

namespace briefbook::para {

std::vector<Pt> inter_script_spacing(const std::vector<Cluster>& clusters, double em_fraction) {
    std::vector<Pt> out(clusters.size());
    for (std::size_t i = 1; i < clusters.size(); ++i) {
        const Cluster& a = clusters[i - 1];
        const Cluster& b = clusters[i];
        // Adjacent clusters only: a typed space is a cluster of its own between them.
        if (a.kind == CharKind::kCjk && b.kind == CharKind::kWestern)
            out[i] = a.em * em_fraction;
        else if (a.kind == CharKind::kWestern && b.kind == CharKind::kCjk)
            out[i] = b.em * em_fraction;
    }
    return out;
}

}  // namespace briefbook::para
